package org.crossroads.directory.web;

/** The form that adds a member city, named by reference, to an organisation. */
record MembershipForm(String place, String role, String since, String until, String source) {
}
