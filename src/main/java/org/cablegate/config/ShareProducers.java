package org.cablegate.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.cablegate.share.Permalinks;

/** Makes the plain-Java share helpers injectable, configured from {@link CablesConfig}. */
@ApplicationScoped
public class ShareProducers {

    @Produces
    @ApplicationScoped
    Permalinks permalinks(CablesConfig config) {
        return new Permalinks(config.baseUrl());
    }
}
