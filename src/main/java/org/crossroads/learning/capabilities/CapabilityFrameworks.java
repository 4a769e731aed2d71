package org.crossroads.learning.capabilities;

import org.crossroads.shared.vocabulary.LocalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored capability frameworks, their capabilities and indicators. */
@Repository
public class CapabilityFrameworks {

    public static final String FIVE_CORE_CAPABILITIES = "five-core-capabilities";
    private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CapabilityFrameworks(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<CapabilityFramework> all() {
        return jdbc.sql("select id from capability_framework order by id").query(Long.class).list().stream()
                .map(id -> find(id).orElseThrow()).toList();
    }

    public Optional<CapabilityFramework> findByCode(String code) {
        return jdbc.sql("select id from capability_framework where code = :c").param("c", code).query(Long.class)
                .optional().flatMap(this::find);
    }

    public Optional<CapabilityFramework> find(long id) {
        record Head(long id, String code, String name, String source, int scaleMax) {}
        Optional<Head> head = jdbc.sql("select id, code, name::text, source, scale_max from capability_framework where id = :id")
                .param("id", id).query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5))).optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<CapabilityFramework.CapabilityIndicator> indicators = jdbc.sql("""
                select i.id, i.capability_id, i.code, i.level, i.position, i.text::text
                from capability_indicator i join capability c on c.id = i.capability_id
                where c.framework_id = :f order by c.position, i.position""").param("f", id)
                .query((rs, n) -> new CapabilityFramework.CapabilityIndicator(rs.getLong(1), rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getInt(5), text(rs.getString(6)))).list();
        List<CapabilityFramework.Capability> capabilities = new ArrayList<>();
        jdbc.sql("select id, code, position, name::text from capability where framework_id = :f order by position")
                .param("f", id).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4)})
                .list().forEach(row -> {
                    long capabilityId = (Long) row[0];
                    capabilities.add(new CapabilityFramework.Capability(capabilityId, (String) row[1], (Integer) row[2],
                            text((String) row[3]), indicators.stream().filter(i -> i.capabilityId() == capabilityId).toList()));
                });
        Head h = head.get();
        return Optional.of(new CapabilityFramework(h.id(), h.code(), text(h.name()), h.source(), h.scaleMax(), capabilities));
    }

    long insertFramework(String code, Map<String, String> name, String source, int scaleMax) {
        return jdbc.sql("insert into capability_framework (code, name, source, scale_max) values (:c, cast(:n as jsonb), :s, :m) returning id")
                .param("c", code).param("n", json.writeValueAsString(name)).param("s", source).param("m", scaleMax)
                .query(Long.class).single();
    }

    long insertCapability(long frameworkId, String code, int position, Map<String, String> name) {
        return jdbc.sql("insert into capability (framework_id, code, position, name) values (:f, :c, :p, cast(:n as jsonb)) returning id")
                .param("f", frameworkId).param("c", code).param("p", position).param("n", json.writeValueAsString(name))
                .query(Long.class).single();
    }

    void insertIndicator(long capabilityId, String code, String level, int position, Map<String, String> text) {
        jdbc.sql("insert into capability_indicator (capability_id, code, level, position, text) values (:c, :code, :l, :p, cast(:t as jsonb))")
                .param("c", capabilityId).param("code", code).param("l", level).param("p", position)
                .param("t", json.writeValueAsString(text)).update();
    }

    private LocalText text(String jsonText) {
        return new LocalText(json.readValue(jsonText, TEXT));
    }
}
