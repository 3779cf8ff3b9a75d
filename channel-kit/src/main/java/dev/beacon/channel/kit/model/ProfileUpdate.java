package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** A full replacement of a person's own fields ({@code PUT /me}); a field left null is cleared. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProfileUpdate(String alias, String avatar, LocalDate dateOfBirth, String gender, String location) {}
