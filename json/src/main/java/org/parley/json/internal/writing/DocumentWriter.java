package org.parley.json.internal.writing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.parley.json.ParleyJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writing for {@link ParleyJson}: one generator per document, indented or compact, with the escapes
 * that keep written JSON safe on a terminal; Jackson's wrapped I/O errors unwrapped in one place.
 */
public final class DocumentWriter {

  private final JsonFactory factory;
  private final boolean pretty;

  public DocumentWriter(JsonFactory factory, boolean pretty) {
    this.factory = factory;
    this.pretty = pretty;
  }

  /** A document as bytes, indented or not as configured, with a final line end. */
  public byte[] toBytes(java.util.function.Consumer<JsonGenerator> document) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      write(bytes, document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** One document, indented or not as configured, with a final line end. */
  public void write(OutputStream out, java.util.function.Consumer<JsonGenerator> document)
      throws IOException {
    try (JsonGenerator generator = generator(out, pretty)) {
      document.accept(generator);
      generator.writeRaw('\n');
    } catch (JacksonException e) {
      throw unwrapIo(e);
    }
  }

  private static IOException unwrapIo(JacksonException e) {
    if (e.getCause() instanceof IOException io) {
      return io;
    }
    throw e;
  }

  /** A generator onto {@code out}, indented or not. */
  public JsonGenerator generator(OutputStream out, boolean indent) {
    ObjectWriteContext context = indent ? PRETTY : ObjectWriteContext.empty();
    return factory.createGenerator(context, out);
  }

  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      return new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(indenter)
          .withArrayIndenter(indenter);
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };
}
