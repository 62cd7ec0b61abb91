package org.perceptra.engine.session;

/** Where a training session is. Transitions: NEW → RUNNING ⇄ PAUSED → FINISHED | STOPPED | FAILED. */
public enum SessionState {
    NEW, RUNNING, PAUSED, FINISHED, STOPPED, FAILED;

    public boolean isOver() {
        return this == FINISHED || this == STOPPED || this == FAILED;
    }
}
