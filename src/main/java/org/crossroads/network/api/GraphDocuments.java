package org.crossroads.network.api;

import java.io.StringWriter;
import java.util.Collection;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.crossroads.network.Node;
import org.crossroads.network.Tie;
import org.crossroads.network.TieKind;

/**
 * The cooperation graph as GraphML and GEXF 1.3, for Gephi, Cytoscape, yEd and network libraries. Ties
 * whose direction matters (inspiration: to the inspiring city; peer rating: to the rated city) are
 * directed edges, the others undirected.
 */
final class GraphDocuments {

    private GraphDocuments() {
    }

    static boolean directed(Tie t) {
        return t.kind() == TieKind.INSPIRATION || t.kind() == TieKind.PEER_RATING;
    }

    static String graphMl(Collection<Node> nodes, List<Tie> ties) {
        return write(xml -> {
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            key(xml, "label", "node", "label", "string");
            key(xml, "nodeKind", "node", "kind", "string");
            key(xml, "country", "node", "country", "string");
            key(xml, "kind", "edge", "kind", "string");
            key(xml, "weight", "edge", "weight", "double");
            key(xml, "since", "edge", "since", "string");
            key(xml, "until", "edge", "until", "string");
            key(xml, "record", "edge", "record", "string");
            key(xml, "recordId", "edge", "recordId", "long");
            key(xml, "via", "edge", "via", "string");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "cooperation");
            xml.writeAttribute("edgedefault", "undirected");
            for (Node n : nodes) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", n.key());
                data(xml, "label", n.name());
                data(xml, "nodeKind", n.kind().name().toLowerCase(java.util.Locale.ROOT));
                data(xml, "country", n.countryCode());
                xml.writeEndElement();
            }
            int i = 0;
            for (Tie t : ties) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + i++);
                xml.writeAttribute("source", t.from());
                xml.writeAttribute("target", t.to());
                if (directed(t)) {
                    xml.writeAttribute("directed", "true");
                }
                data(xml, "kind", t.kind().code());
                data(xml, "weight", Double.toString(t.weight()));
                data(xml, "since", t.since() == null ? null : t.since().toString());
                data(xml, "until", t.until() == null ? null : t.until().toString());
                data(xml, "record", t.record());
                data(xml, "recordId", Long.toString(t.recordId()));
                data(xml, "via", t.via());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    static String gexf(Collection<Node> nodes, List<Tie> ties) {
        return write(xml -> {
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace("http://gexf.net/1.3");
            xml.writeAttribute("version", "1.3");
            xml.writeStartElement("graph");
            xml.writeAttribute("defaultedgetype", "undirected");
            xml.writeAttribute("mode", "static");
            attributes(xml, "node", List.of("kind", "country"));
            attributes(xml, "edge", List.of("kind", "since", "until", "record", "recordId", "via"));
            xml.writeStartElement("nodes");
            for (Node n : nodes) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", n.key());
                xml.writeAttribute("label", n.name() == null ? n.key() : n.name());
                attvalues(xml, List.of("kind", "country"), List.of(n.kind().name().toLowerCase(java.util.Locale.ROOT),
                        n.countryCode() == null ? "" : n.countryCode()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeStartElement("edges");
            int i = 0;
            for (Tie t : ties) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + i++);
                xml.writeAttribute("source", t.from());
                xml.writeAttribute("target", t.to());
                xml.writeAttribute("type", directed(t) ? "directed" : "undirected");
                xml.writeAttribute("weight", Double.toString(t.weight()));
                attvalues(xml, List.of("kind", "since", "until", "record", "recordId", "via"), List.of(t.kind().code(),
                        t.since() == null ? "" : t.since().toString(), t.until() == null ? "" : t.until().toString(),
                        t.record(), Long.toString(t.recordId()), t.via() == null ? "" : t.via()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void key(XMLStreamWriter xml, String id, String domain, String name, String type) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void attributes(XMLStreamWriter xml, String domain, List<String> names) throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", domain);
        for (String name : names) {
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", name);
            xml.writeAttribute("title", name);
            xml.writeAttribute("type", "string");
        }
        xml.writeEndElement();
    }

    private static void attvalues(XMLStreamWriter xml, List<String> names, List<String> values) throws XMLStreamException {
        xml.writeStartElement("attvalues");
        for (int i = 0; i < names.size(); i++) {
            xml.writeEmptyElement("attvalue");
            xml.writeAttribute("for", names.get(i));
            xml.writeAttribute("value", values.get(i));
        }
        xml.writeEndElement();
    }
}
