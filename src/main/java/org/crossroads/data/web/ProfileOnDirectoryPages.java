package org.crossroads.data.web;

import java.util.List;
import java.util.Locale;
import org.crossroads.directory.RelatedRecords;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Links every city page to the city's migration profile. */
@Component
class ProfileOnDirectoryPages implements RelatedRecords {

    private final MessageSource messages;

    ProfileOnDirectoryPages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Section> forPlace(long placeId, Locale locale) {
        return List.of(new Section("data.profile.section", List.of(new Item(
                messages.getMessage("data.profile.link", null, locale), "/cities/" + placeId + "/profile", null))));
    }

    @Override
    public List<Section> forOrganisation(long organisationId, Locale locale) {
        return List.of();
    }
}
