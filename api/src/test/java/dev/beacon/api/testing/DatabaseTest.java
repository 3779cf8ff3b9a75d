package dev.beacon.api.testing;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;

/** A test with the database at hand, to check what the API does not show (or must leave unchanged). */
public abstract class DatabaseTest {

    protected static final String PROBLEM = "https://beacon.dev/problems/";

    @Inject
    protected AgroalDataSource db;
}
