package org.ascend.reporting.reports.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

/** Charts are well-formed SVG that a screen reader can read: labelled, described with every figure, suppressed said. */
class ChartsTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void aFunnelIsLabelledAndDescribedWithEveryFigureAndSaysWhatIsSuppressed() throws Exception {
        SvgChart chart = Charts.funnel("Applications & offers, cohort 4", "people", List.of(new Charts.Figure("applied", 40.0),
                new Charts.Figure("eligible", 35.0), new Charts.Figure("shortlisted", null)));

        Document svg = parse(chart.svg());
        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        Element title = (Element) svg.getElementsByTagName("title").item(0);
        Element described = (Element) svg.getElementsByTagName("desc").item(0);
        assertThat(title.getAttribute("id")).as("labelled by its title").isEqualTo(root.getAttribute("aria-labelledby"));
        assertThat(described.getAttribute("id")).as("described by its desc").isEqualTo(root.getAttribute("aria-describedby"));
        assertThat(title.getTextContent()).isEqualTo("Applications & offers, cohort 4");
        String desc = described.getTextContent();
        assertThat(desc).contains("applied: 40", "eligible: 35", "shortlisted: suppressed").doesNotContain("shortlisted: 0");
        assertThat(chart.textAlternative()).isEqualTo(desc);
        assertThat(svg.getElementsByTagName("path").getLength() + svg.getElementsByTagName("rect").getLength())
                .as("bars are drawn as vector shapes").isGreaterThan(2);
        assertThat(chart.svg()).contains(">applied<", ">eligible<").as("axis labels are text, not outlines");
    }

    @Test
    void stackedBarsAndLinesNameEverySeries() throws Exception {
        var stages = List.of("applied", "shortlisted");
        SvgChart stacked = Charts.stackedBars("Ethnic group at each stage", "people", List.of(
                new Charts.Series("White", List.of(new Charts.Figure(stages.get(0), 30.0), new Charts.Figure(stages.get(1), 15.0))),
                new Charts.Series("Asian", List.of(new Charts.Figure(stages.get(0), 10.0), new Charts.Figure(stages.get(1), null)))));
        SvgChart lines = Charts.lines("In a director or board role", "share", List.of(
                new Charts.Series("within 12 months", List.of(new Charts.Figure("cohort 1", 0.58), new Charts.Figure("cohort 2", 0.38))),
                new Charts.Series("within 24 months", List.of(new Charts.Figure("cohort 1", 0.83), new Charts.Figure("cohort 2", 0.54)))));
        SvgChart bars = Charts.bars("Network events, 2018/19", "events", List.of(new Charts.Figure("London", 5.0),
                new Charts.Figure("Midlands", 4.0)));

        parse(stacked.svg());
        parse(lines.svg());
        parse(bars.svg());
        assertThat(stacked.textAlternative()).contains("White (people - applied: 30; shortlisted: 15)",
                "Asian (people - applied: 10; shortlisted: suppressed)");
        assertThat(lines.textAlternative()).contains("within 12 months (share - cohort 1: 0.58; cohort 2: 0.38)");
        assertThat(bars.textAlternative()).contains("London: 5", "Midlands: 4");
        assertThat(stacked.svg()).contains(">White<", ">Asian<").as("a legend names the stacks");
        assertThat(stacked.svg()).isNotEqualTo(bars.svg());
    }

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
