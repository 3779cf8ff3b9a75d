package dev.beacon.api.shared.http;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Request bodies are read as declared, nothing guessed: {@code {"text":123}} where a string is declared, {@code "5"}
 * where a number is, {@code "true"} or {@code 1} where a boolean is, {@code 0} where a name from a list is, and a
 * {@code null} inside a list are each a 400 {@code validation} naming the field, never quietly turned into something
 * the client did not send. Maps keep their nulls: a {@code null} answer means "skipped" to a survey, and the values
 * of the other maps are checked by their constraints. Text holding NUL ({@code "\u0000"}), which no PostgreSQL text
 * column takes, is a 400 naming the field too, instead of a failure in the database.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    @SuppressWarnings("deprecation") // configure(MapperFeature) is the way to change a mapper built elsewhere
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true);
        // Said per type as well: ALLOW_COERCION_OF_SCALARS leaves text alone, and is not what every deserializer asks.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("beacon-strict-text").addDeserializer(String.class, new NoNul()));
        for (Class<?> list : List.of(List.class, Set.class, Collection.class)) {
            mapper.configOverride(list).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        }
    }

    /** Jackson's own string reading, then text with NUL in it refused (an {@code InvalidFormatException} on the field). */
    static final class NoNul extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\0') >= 0) {
                throw ctxt.weirdStringException(value, String.class, NUL);
            }
            return value;
        }
    }

    /** The message of a refused text with NUL in it. */
    public static final String NUL = "must not contain the NUL character";
}
