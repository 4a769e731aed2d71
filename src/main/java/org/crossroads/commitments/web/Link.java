package org.crossroads.commitments.web;

/** A named record, linked when it has a page of its own ({@code href} null otherwise). */
record Link(String label, String href) {

    static Link plain(String label) {
        return new Link(label, null);
    }
}
