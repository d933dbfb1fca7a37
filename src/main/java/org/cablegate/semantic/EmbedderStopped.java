package org.cablegate.semantic;

/** The service is stopping: the sentence model takes no more texts (see {@link OnnxGate}). */
public final class EmbedderStopped extends IllegalStateException {

    EmbedderStopped() {
        super("the service is stopping: the sentence model takes no more texts");
    }
}
