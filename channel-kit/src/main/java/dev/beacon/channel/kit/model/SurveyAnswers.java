package dev.beacon.channel.kit.model;

import java.util.Map;

/**
 * Answers to the current step by question key: a string (text), a number, an ISO date string, a boolean (yes/no),
 * a choice key or a list of choice keys.
 */
public record SurveyAnswers(Map<String, Object> answers) {}
