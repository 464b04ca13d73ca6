package com.secutix.payments.benchmarks.load;

/** Runs one constant-rate step against a target: {@link OpenModelDriver#run}. */
@FunctionalInterface
public interface StepRunner {

    StepResult run(Target target, RateSchedule schedule);
}
