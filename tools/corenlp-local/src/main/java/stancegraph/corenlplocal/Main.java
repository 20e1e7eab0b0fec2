package stancegraph.corenlplocal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Executors;

/**
 * A Stanford CoreNLP pipeline behind a minimal HTTP server on 127.0.0.1 only (CoreNLP's own
 * server listens on every interface). POST /annotate with the text as the UTF-8 body returns
 * CoreNLP's JSON; GET /ping answers "ok". The pipeline is loaded and warmed once before the
 * ready line {@code CORENLP_READY http://127.0.0.1:PORT} is printed. The process ends when its
 * standard input closes (its parent went away) or on SIGTERM, so it never outlives its parent.
 */
public final class Main {
  private static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";
  private static final String WARM_UP =
      "\"We agreed to meet,\" the Ukrainian president said after he called Emmanuel Macron.";

  private Main() {}

  public static void main(String[] args) throws IOException {
    int port = 0;
    String coref = "statistical";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--coref" -> coref = args[i + 1];
        default -> fail("unknown option " + args[i] + " (expected --port N or --coref NAME)");
      }
    }
    StanfordCoreNLP pipeline = new StanfordCoreNLP(properties(coref));
    pipeline.annotate(new Annotation(WARM_UP));

    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    HttpServer server = HttpServer.create(address, 16);
    // One request at a time: the machine is small and the pipeline holds large models.
    server.setExecutor(Executors.newSingleThreadExecutor());
    server.createContext("/ping", exchange -> respond(exchange, 200, "text/plain", "ok"));
    server.createContext("/annotate", exchange -> annotate(pipeline, exchange));
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));

    System.out.println("CORENLP_READY http://127.0.0.1:" + server.getAddress().getPort());
    System.out.flush();
    watchStdin();
  }

  static Properties properties(String coref) {
    Properties props = new Properties();
    // Neural coreference reads constituency trees, so it needs the (slower) parse annotator too.
    props.setProperty(
        "annotators", "neural".equals(coref) ? ANNOTATORS.replace("depparse", "parse,depparse") : ANNOTATORS);
    props.setProperty("coref.algorithm", coref);
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "true");
    props.setProperty("quote.attributeQuotes", "true");
    props.setProperty("outputFormat", "json");
    props.setProperty("json.pretty", "false");
    return props;
  }

  private static void annotate(StanfordCoreNLP pipeline, HttpExchange exchange) throws IOException {
    try {
      if (!"POST".equals(exchange.getRequestMethod())) {
        respond(exchange, 405, "text/plain", "POST the text to annotate");
        return;
      }
      String text;
      try (InputStream in = exchange.getRequestBody()) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Annotation annotation = new Annotation(text);
      pipeline.annotate(annotation);
      StringWriter out = new StringWriter();
      pipeline.jsonPrint(annotation, out);
      respond(exchange, 200, "application/json; charset=utf-8", out.toString());
    } catch (RuntimeException e) {
      respond(exchange, 500, "text/plain", "annotation failed: " + e);
    }
  }

  private static void respond(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Blocks until standard input reaches end of file, then exits. */
  private static void watchStdin() throws IOException {
    byte[] buffer = new byte[256];
    while (System.in.read(buffer) != -1) {
      // Nothing is read from the parent; its closing the pipe is the signal to stop.
    }
    System.exit(0);
  }

  private static void fail(String message) {
    System.err.println("corenlp-local: " + message);
    System.exit(2);
  }
}
