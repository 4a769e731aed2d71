package org.crossroads.commitments;

/**
 * A city or local authority (place), or an organisation (a network, perhaps on its members' behalf), that signed,
 * endorsed or adopted a framework, or that a source names among those connected to it (a campaign's list) without
 * saying it signed.
 *
 * @param office the office that signed (a person's name only when the source names them publicly), or null
 * @param restricted seen only by the signatory's focal points, its networks' coordinators and administrators
 */
public record Signature(long id, long frameworkId, Long placeId, Long organisationId, String kind,
        boolean onBehalfOfMembers, PartialDate signed, String office, Source source, boolean restricted,
        String createdBy, int version) {

    public static final java.util.List<String> KINDS = java.util.List.of("signed", "endorsed", "adopted", "connected");
}
