/**
 * Peer learning with monitoring, evaluation and learning. One module in parts (decision 0014), each with its own
 * {@code web}, {@code api} and {@code internal} where it has them:
 * <ul>
 * <li>{@code events}: events, their learning objectives, the events' pages, API and import;</li>
 * <li>{@code participants}: participants, registrations and attendance across events, personal data by link,
 *     retention, public participation figures;</li>
 * <li>{@code surveys}: feedback and follow-up surveys by personal link, templates, rounds and results;</li>
 * <li>{@code capabilities}: capability frameworks and self-assessments, trends and heat maps;</li>
 * <li>{@code outcomes}: outcome harvesting (statements, review, corrections) and peer ratings;</li>
 * <li>{@code dashboards}: the network and event dashboards with their exports and the learning API.</li>
 * </ul>
 * What the parts share stays here: settings, permissions, vocabularies, the typo-correction lexicon, the
 * {@code LearningFiguresChanged} event and text checks; {@code internal} holds the built-in learning data, the
 * demonstration data, the small-count rule for learning figures and the translation gaps. Refers to places and
 * organisations of the directory by id; participants' personal data never leave this module except through its
 * access-checked, audited paths. Other modules use the types marked {@code @NamedInterface("api")}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learning",
        allowedDependencies = {"shared", "shared::*", "accounts::api", "audit::api", "directory::api", "inventory::api"})
package org.crossroads.learning;
