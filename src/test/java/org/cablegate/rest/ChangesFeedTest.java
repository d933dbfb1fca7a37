package org.cablegate.rest;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cablegate.EmbeddedMariaDbResource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static io.restassured.RestAssured.given;
import static org.cablegate.rest.ApiFixtures.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Atom feed of changes is valid Atom: Jing, a RELAX NG validator, checks it against the schema of RFC 4287
 * (Appendix B, {@code src/test/resources/atom/atom.rnc}), its parser rejects any character XML forbids, and the two
 * rules the schema states in Schematron (a feed author, a link per entry) are checked with XPath.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedMariaDbResource.class)
class ChangesFeedTest {

    private static String page(String file, String refId, String newRefId) {
        return ApiFixtures.resource("versions/" + refId + "/" + file).replace(refId, newRefId);
    }

    private static void post(String body) {
        given().auth().oauth2(KEY).contentType("text/plain; charset=UTF-8").body(body)
                .when().post("/api/v1/cables").then().statusCode(org.hamcrest.Matchers.lessThan(300));
    }

    @Test
    void feedOfChangesIsValidAtomEvenWhenTheTextHoldsControlCharacters() throws Exception {
        var ref = "09BEIJING62438";
        var first = page("1-20101203a.html", "09BEIJING2438", ref);
        post(first);
        post(page("2-20101203.html", "09BEIJING2438", ref));
        // The name shown again, with control characters XML 1.0 cannot carry (BEL, SOH), and markup characters.
        post(first.replace("2010-11-28 18:06", "2010-12-09 18:06").replace("Li Guofu", "Li\u0007 Gu\u0001ofu <&>"));
        for (var path : List.of("/api/v1/changes.atom", "/api/v1/changes.atom?lifted=true")) {
            var xml = given().get(path).then().statusCode(200)
                    .contentType(org.hamcrest.Matchers.containsString("application/atom+xml")).extract().asString();
            assertEquals(List.of(), jingErrors(xml), path + " against RFC 4287's schema");
            var doc = parse(xml);
            assertFalse(text(doc, "/*[local-name()='feed']/*[local-name()='author']/*[local-name()='name']").isBlank(),
                    "the feed has an author (RFC 4287 4.1.1)");
            assertEquals(0.0, number(doc, "count(//*[local-name()='entry'][not(*[local-name()='link'][@rel='alternate' "
                    + "or not(@rel)]) and not(*[local-name()='content'])])"), "every entry has an alternate link");
            assertTrue(number(doc, "count(//*[local-name()='entry'])") >= 1, path + " has entries");
            var summary = text(doc, "//*[local-name()='entry'][contains(*[local-name()='title'], '" + ref
                    + " version 3')]/*[local-name()='summary']");
            assertTrue(summary.contains("Li") && summary.contains("ofu <&>"), "the lifted words, markup as text: " + summary);
        }
    }

    @Test
    void xmlTextDropsOnlyWhatXmlForbids() {
        assertEquals("a\tb\nc\rd é 😀", ChangesFeedModel.xmlText("a\tb\nc\rd\u0000 é\u001F \uD83D\uDE00\uFFFE"));
        assertEquals("lone ", ChangesFeedModel.xmlText("lone \uD800"));
        assertEquals("", ChangesFeedModel.xmlText(null));
    }

    @Test
    void theSchemaRejectsAFeedWithoutIdOrWithATimeThatIsNotRfc3339() throws Exception {
        var feed = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>%s<updated>%s</updated></feed>";
        assertEquals(List.of(), jingErrors(String.format(feed, "<id>urn:x</id>", "2010-12-09T18:06:00Z")));
        assertFalse(jingErrors(String.format(feed, "", "2010-12-09T18:06:00Z")).isEmpty(), "no id");
        assertFalse(jingErrors(String.format(feed, "<id>urn:x</id>", "9 December 2010")).isEmpty(), "not a date");
        assertFalse(jingErrors(String.format(feed, "<id>urn:x\u0007</id>", "2010-12-09T18:06:00Z")).isEmpty(), "BEL");
    }

    /** Jing's findings, one line each; empty when the document is valid. */
    static List<String> jingErrors(String xml) throws Exception {
        var errors = new ArrayList<String>();
        ErrorHandler collect = new ErrorHandler() {
            public void warning(SAXParseException e) {
            }

            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        var properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        var driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        var schema = Objects.requireNonNull(ChangesFeedTest.class.getResource("/atom/atom.rnc")).toString();
        if (!driver.loadSchema(new InputSource(schema))) {
            throw new AssertionError("RFC 4287's schema did not load: " + errors);
        }
        try {
            driver.validate(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            errors.add("not XML: " + e.getMessage());
        }
        return errors;
    }

    private static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String text(Document doc, String xpath) throws Exception {
        return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.STRING);
    }

    private static double number(Document doc, String xpath) throws Exception {
        return (Double) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NUMBER);
    }
}
