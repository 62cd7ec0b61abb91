package org.perceptra.project;

import static org.perceptra.project.ReadContext.describe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Lists inside a project file's objects, each entry checked and a bad entry reported at its own index. */
final class FieldLists {
    private FieldLists() {
    }

    /** The entries of a list of objects; an absent list is empty. */
    static List<Fields> objects(Fields f, String name) throws ProjectFileException {
        List<Fields> out = new ArrayList<>();
        for (JsonNode entry : f.list(name)) {
            String at = entryPath(f, name, out.size());
            if (!entry.isObject()) {
                throw f.context().fail(at, at,
                        "each entry of " + name + " must be an object { … }, not " + describe(entry));
            }
            out.add(new Fields((ObjectNode) entry, at, null, f.context()));
        }
        return out;
    }

    static List<String> texts(Fields f, String name) throws ProjectFileException {
        List<String> out = new ArrayList<>();
        for (JsonNode entry : f.list(name)) {
            if (!entry.isTextual()) {
                String at = entryPath(f, name, out.size());
                throw f.context().fail(at, at, "each entry of " + name + " must be text in quotes, not "
                        + describe(entry));
            }
            out.add(entry.textValue());
        }
        return out;
    }

    static List<Integer> integers(Fields f, String name, int min, int max) throws ProjectFileException {
        List<Integer> out = new ArrayList<>();
        for (JsonNode entry : f.list(name)) {
            if (!Fields.isWhole(entry, min, max)) {
                String at = entryPath(f, name, out.size());
                throw f.context().fail(at, at, "each entry of " + name + " must be a whole number from " + min
                        + " to " + max + ", not " + describe(entry));
            }
            out.add(entry.intValue());
        }
        return out;
    }

    private static String entryPath(Fields f, String name, int index) {
        return ReadContext.element(ReadContext.child(f.path(), name), index);
    }
}
