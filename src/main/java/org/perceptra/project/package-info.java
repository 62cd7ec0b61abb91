/**
 * The {@code .perceptra} project file: pretty-printed JSON written and read with Jackson, versioned by a
 * {@code "format"} number with a chain of {@link org.perceptra.project.FormatMigrations} for older files. Loading
 * never fails with anything but a {@link org.perceptra.project.ProjectFileException} that names the file, the
 * place and the problem; saving is atomic, so a failed save leaves the previous file as it was. The format is
 * documented field by field in {@code docs/project-format.md}.
 */
package org.perceptra.project;
