package uk.graduated.server.console.transfer;

import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import uk.graduated.server.console.pupil.PupilRecords;

/**
 * The SEN section of a Common Transfer File: {@code SENhistory} with one {@code SEN} per provision
 * period ({@code StartDate}, {@code SENprovision} E/K/N) and {@code SENneeds/SENneed} per ranked need
 * ({@code NeedStartDate}, {@code NeedEndDate} when ended, {@code SENtypeRank}, {@code SENtype}), as
 * docs/domain.md gives it. Dates are ISO (yyyy-mm-dd); an end date is the first day the need no
 * longer applied, as the register keeps it. Plans and provision are not part of a CTF: they go in the
 * transfer pack.
 */
final class CtfSenHistory {
    private CtfSenHistory() {
    }

    /**
     * UTF-8 XML, escaped by the writer.
     *
     * @param about a line for the comment at the top saying whose section this is
     */
    static byte[] xml(String about, List<PupilRecords.Provision> provisions, List<PupilRecords.Need> needs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeComment(" " + about.replace("--", "- -") + " ");
            xml.writeCharacters("\n");
            xml.writeStartElement("SENhistory");
            for (PupilRecords.Provision p : byStart(provisions)) {
                indent(xml, 1);
                xml.writeStartElement("SEN");
                element(xml, 2, "StartDate", p.startDate().toString());
                element(xml, 2, "SENprovision", p.provision().censusCode());
                indent(xml, 1);
                xml.writeEndElement();
            }
            if (!needs.isEmpty()) {
                indent(xml, 1);
                xml.writeStartElement("SENneeds");
                for (PupilRecords.Need n : needsInOrder(needs)) {
                    indent(xml, 2);
                    xml.writeStartElement("SENneed");
                    element(xml, 3, "NeedStartDate", n.startDate().toString());
                    if (n.endDate() != null) {
                        element(xml, 3, "NeedEndDate", n.endDate().toString());
                    }
                    element(xml, 3, "SENtypeRank", String.valueOf(n.rank()));
                    element(xml, 3, "SENtype", n.type().censusCode());
                    indent(xml, 2);
                    xml.writeEndElement();
                }
                indent(xml, 1);
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static List<PupilRecords.Provision> byStart(List<PupilRecords.Provision> provisions) {
        return provisions.stream().sorted(Comparator.comparing(PupilRecords.Provision::startDate))
                .collect(Collectors.toList());
    }

    /** Oldest first; needs that started together by rank. */
    private static List<PupilRecords.Need> needsInOrder(List<PupilRecords.Need> needs) {
        return needs.stream()
                .sorted(Comparator.comparing(PupilRecords.Need::startDate).thenComparing(PupilRecords.Need::rank))
                .collect(Collectors.toList());
    }

    private static void element(XMLStreamWriter xml, int depth, String name, String value) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
