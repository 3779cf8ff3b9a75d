package dev.beacon.channel.ussd.sms;

import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The api as the {@code sms} channel's service account: its token, REST clients and façades (the api names an SMS
 * person, {@code sms:<digits>}, only for client {@code sms}).
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface SmsChannel {}
