package org.ascend.reporting.reports.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The PDF of a report, laid out by openhtmltopdf from the same HTML the browser gets (docs/adr/0016): A4 with page
 * numbers (the style sheet's {@code @page} rules), the contents list with page numbers, charts drawn as vector
 * graphics by Batik, and PDF bookmarks for each section.
 */
@Component
public class PdfRenderer {

    public byte[] render(String html, String title) {
        Document document = Jsoup.parse(html);
        document.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        addBookmarks(document);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withW3cDocument(new W3CDom().fromJsoup(document), "about:blank");
            builder.toStream(pdf);
            builder.withProducer("Ascend");
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF of '" + title + "' could not be written", e);
        }
        return pdf.toByteArray();
    }

    /** openhtmltopdf's {@code <bookmarks>} in the head: the PDF reader's outline, one entry per section. */
    private static void addBookmarks(Document document) {
        Element bookmarks = document.head().appendElement("bookmarks");
        bookmarks.appendElement("bookmark").attr("name", "Cover").attr("href", "#cover");
        bookmarks.appendElement("bookmark").attr("name", "Key figures").attr("href", "#headline");
        for (Element section : document.select("section.section")) {
            Element heading = section.selectFirst("h2");
            bookmarks.appendElement("bookmark").attr("name", heading == null ? section.id() : heading.text())
                    .attr("href", "#" + section.id());
        }
    }
}
