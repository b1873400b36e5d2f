package io.figgen.spec;

import java.util.Map;
import java.util.Optional;
import io.figgen.model.FigureException;
import io.figgen.model.Metadata;
import io.figgen.model.Size;
import io.figgen.model.SketchSource;
import io.figgen.model.Spec;

/**
 * Turns a Markdown figure spec (compact or template dialect) into a {@link Spec}. Every problem with the
 * input surfaces as a {@link FigureException} at a spec line; nothing else escapes, whatever the input.
 */
public final class SpecParser {
    private SpecParser() {
    }

    /**
     * Parses a whole spec. {@code file} is used only for messages. Throws FigureException(line, message) on
     * bad input.
     */
    public static Spec parse(String file, String text) {
        try {
            return read(file == null ? "" : file, SourceText.of(text));
        } catch (FigureException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // A reader bug or a construct deeper than the stack must still reach the user as a located message.
            throw new FigureException(1, "could not read this spec (" + e.getClass().getSimpleName()
                    + "): simplify unusual Markdown such as deeply nested lists or quotes");
        }
    }

    private static Spec read(String file, SourceText source) {
        if (source.isBlank()) {
            throw new FigureException(1, "the spec is empty: start with '# <id>: <title>', then '## Metadata' with a"
                    + " | Field | Value | table and a fenced ASCII layout under '## Visual Concept (ASCII Layout)'");
        }
        Outline outline = Outline.parse(source);
        MetadataReader.Result meta = MetadataReader.read(outline);
        SketchSource sketch = SketchFinder.find(outline);
        Optional<AnchorsLoader.Anchors> anchors = AnchorsLoader.load(outline);

        Optional<Size> size = Optional.ofNullable(meta.size());
        int sizeLine = meta.sizeLine();
        if (size.isEmpty() && anchors.isPresent()) {
            Optional<CanvasReader.SizeAt> canvas = CanvasReader.read(anchors.get());
            size = canvas.map(CanvasReader.SizeAt::size);
            sizeLine = canvas.map(CanvasReader.SizeAt::line).orElse(0);
        }
        if (size.isEmpty() && meta.ratioSize() != null) {
            size = Optional.of(meta.ratioSize());
            sizeLine = meta.ratioLine();
        }
        Metadata metadata = new Metadata(meta.fields(), meta.fieldLines(), meta.line(), size, sizeLine);

        ProseReader.Message message = ProseReader.message(outline);
        ProseReader.AltText alt = ProseReader.altText(outline);
        ContentElementReader.Result content = ContentElementReader.read(outline);
        return new Spec(
                file,
                Title.of(outline, metadata),
                metadata,
                message.purpose(),
                message.keyMessage(),
                Optional.of(sketch),
                content.elements(),
                content.relationships(),
                RuleReader.read(outline),
                alt.text(),
                alt.line(),
                anchors.map(AnchorsLoader.Anchors::map),
                anchors.map(AnchorsLoader.Anchors::line).orElse(0),
                anchors.map(AnchorsLoader.Anchors::yaml).orElse(""),
                LabelReader.read(outline),
                outline.sections());
    }
}
