package org.nianbao.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/** The one configured Jackson mapper for every JSON the service reads or writes. */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule("nianbao").addDeserializer(ProactiveTable.class, new ProactiveDeserializer()))
            .build();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Table 二 is read back by its shape: only the 2019 template has 其他对外管理服务事项 and 采购. */
    private static final class ProactiveDeserializer extends StdDeserializer<ProactiveTable> {
        ProactiveDeserializer() {
            super(ProactiveTable.class);
        }

        @Override
        public ProactiveTable deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            boolean is2019 = node.has("otherServices") || node.has("procurement")
                    || node.path("regulations").has("newlyMade");
            Class<? extends ProactiveTable> type = is2019 ? Proactive2019.class : Proactive2021.class;
            return p.getCodec().treeToValue(node, type);
        }
    }
}
