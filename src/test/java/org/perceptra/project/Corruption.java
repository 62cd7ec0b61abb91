package org.perceptra.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One random damage to a project file's text, chosen by {@code kind} and placed by the two numbers {@code a} and
 * {@code b}. Text damage models a cut-off save or a slip in an editor; tree damage models a plausible but wrong
 * hand edit. A tree corruption of text that no longer parses leaves it as it is.
 */
record Corruption(Kind kind, int a, int b) {
    enum Kind { TRUNCATE, DELETE_CHAR, INSERT_CHAR, REPLACE_VALUE, DUPLICATE_NODE, DROP_FIELD, HUGE_NUMBER }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String INSERTABLE = "{}[]\",:0123456789-+eE.\\ \n\u00e9\u0000\ufeff";
    private static final List<JsonNode> VALUES = List.of(F.nullNode(), F.booleanNode(true), F.numberNode(0),
            F.numberNode(-1), F.numberNode(0.5), F.textNode(""), F.textNode("Dense"), F.textNode("NaN"),
            F.textNode("x".repeat(300)), F.arrayNode(), F.arrayNode().add(1).add(2), F.objectNode(),
            F.objectNode().put("a", 1));
    private static final List<JsonNode> HUGE = List.of(F.numberNode(1e308), F.numberNode(-1e308),
            F.numberNode(1_000_000_000_000L), F.numberNode(2_147_483_648L), F.numberNode(-2_147_483_649L),
            F.numberNode(new BigInteger("1" + "0".repeat(40))), new POJONode(new RawValue("1e999")),
            new POJONode(new RawValue("-1e-999")), new POJONode(new RawValue("4.9e-324")));

    String apply(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int at = Math.floorMod(a, text.length());
        return switch (kind) {
            case TRUNCATE -> text.substring(0, at);
            case DELETE_CHAR -> text.substring(0, at) + text.substring(at + 1);
            case INSERT_CHAR -> text.substring(0, at) + INSERTABLE.charAt(Math.floorMod(b, INSERTABLE.length()))
                    + text.substring(at);
            case REPLACE_VALUE -> onTree(text, this::replaceValue);
            case DUPLICATE_NODE -> onTree(text, this::duplicateNode);
            case DROP_FIELD -> onTree(text, this::dropField);
            case HUGE_NUMBER -> onTree(text, this::hugeNumber);
        };
    }

    private static String onTree(String text, BiConsumer<JsonNode, List<Slot>> damage) {
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null) {
                return text;
            }
            List<Slot> slots = new ArrayList<>();
            collect(root, slots);
            damage.accept(root, slots);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (Exception e) {
            return text;
        }
    }

    /** A place holding a value: a field of an object or an element of a list. */
    private record Slot(ContainerNode<?> parent, String field, int index) {
        JsonNode value() {
            return parent instanceof ObjectNode o ? o.get(field) : ((ArrayNode) parent).get(index);
        }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode o) {
            o.fieldNames().forEachRemaining(name -> {
                slots.add(new Slot(o, name, -1));
                collect(o.get(name), slots);
            });
        } else if (node instanceof ArrayNode arr) {
            for (int i = 0; i < arr.size(); i++) {
                slots.add(new Slot(arr, null, i));
                collect(arr.get(i), slots);
            }
        }
    }

    private void replaceValue(JsonNode root, List<Slot> slots) {
        if (slots.isEmpty()) {
            return;
        }
        Slot slot = slots.get(Math.floorMod(a, slots.size()));
        JsonNodeType type = slot.value().getNodeType();
        List<JsonNode> others = VALUES.stream().filter(v -> v.getNodeType() != type).toList();
        slot.set(others.get(Math.floorMod(b, others.size())).deepCopy());
    }

    private void duplicateNode(JsonNode root, List<Slot> slots) {
        JsonNode nodes = root.path("graph").path("nodes");
        if (nodes instanceof ArrayNode arr && !arr.isEmpty()) {
            JsonNode copy = arr.get(Math.floorMod(a, arr.size())).deepCopy();
            arr.insert(Math.floorMod(b, arr.size() + 1), copy);
        }
    }

    private void dropField(JsonNode root, List<Slot> slots) {
        List<Slot> fields = slots.stream().filter(s -> s.field() != null).toList();
        if (!fields.isEmpty()) {
            Slot slot = fields.get(Math.floorMod(a, fields.size()));
            ((ObjectNode) slot.parent()).remove(slot.field());
        }
    }

    private void hugeNumber(JsonNode root, List<Slot> slots) {
        List<Slot> numbers = slots.stream().filter(s -> s.value().isNumber()).toList();
        if (!numbers.isEmpty()) {
            numbers.get(Math.floorMod(a, numbers.size())).set(HUGE.get(Math.floorMod(b, HUGE.size())));
        }
    }
}
