package org.perceptra.edit;

import org.perceptra.project.Project;

/** Changes the project's name and description; the name is trimmed, both may be empty. */
public record SetProjectInfo(String name, String description) implements Edit {
    public SetProjectInfo {
        name = name == null ? "" : name.trim();
        description = description == null ? "" : description;
    }

    @Override
    public String label() {
        return "Change project details";
    }

    @Override
    public Project apply(Project current) {
        return current.withInfo(name, description);
    }
}
