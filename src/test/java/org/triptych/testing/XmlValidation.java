package org.triptych.testing;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Validates exports against the schemas in {@code ../shared/data/schemas}; DTDs resolve to those local files only. */
public final class XmlValidation {

    private XmlValidation() {
    }

    /** The problems the XSD finds in {@code file}; empty when valid. */
    public static List<String> againstXsd(Path xsd, Path file) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        Validator validator = factory.newSchema(xsd.toFile()).newValidator();
        List<String> problems = new ArrayList<>();
        validator.setErrorHandler(collector(problems));
        validator.validate(new StreamSource(file.toFile()));
        return problems;
    }

    /** The problems DTD validation finds; the DOCTYPE's system id must name {@code dtd}'s file, which is read locally. */
    public static List<String> againstDtd(Path dtd, Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        factory.setNamespaceAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> {
            if (systemId != null && systemId.endsWith("/" + dtd.getFileName())) {
                InputSource local = new InputSource(dtd.toUri().toString());
                return local;
            }
            throw new SAXException("refusing to load " + systemId);
        });
        List<String> problems = new ArrayList<>();
        builder.setErrorHandler(collector(problems));
        builder.parse(file.toFile());
        return problems;
    }

    private static ErrorHandler collector(List<String> problems) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        };
    }
}
