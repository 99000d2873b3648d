package org.ascend.reporting.reports.render;

import java.util.Locale;

import org.ascend.reporting.reports.ReportKind;
import org.ascend.reporting.reports.content.ReportContent;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Fills a report kind's versioned template (templates/reports/*.html) with its content: accessible HTML with semantic
 * headings, tables with captions and charts with text alternatives. Well-formed, so the PDF is laid out from it.
 */
@Component
public class HtmlRenderer {

    private final TemplateEngine engine = new TemplateEngine();

    HtmlRenderer() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        templates.setCacheable(true);
        engine.setTemplateResolver(templates);
    }

    public String render(ReportKind kind, ReportContent report) {
        Context context = new Context(Locale.UK);
        context.setVariable("report", report);
        context.setVariable("kind", kind.title());
        return engine.process("reports/" + kind.template(), context);
    }
}
