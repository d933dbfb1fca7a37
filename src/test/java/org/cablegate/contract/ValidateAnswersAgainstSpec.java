package org.cablegate.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Registers {@link SpecValidatingFilter} for every @QuarkusTest, once (a service file names this callback). It runs
 * in the test's class loader, where the REST Assured the tests call lives.
 */
public class ValidateAnswersAgainstSpec implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        synchronized (RestAssured.class) {
            if (RestAssured.filters().stream().noneMatch(f -> f instanceof SpecValidatingFilter)) {
                RestAssured.filters(new SpecValidatingFilter(OpenApiContract.committed()));
            }
        }
    }
}
