package com.secutix.payments.refund;

import com.secutix.payments.testsupport.architecture.ServiceLayering;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** style.md's layering rules, shared by every service. */
@AnalyzeClasses(packages = "com.secutix.payments.refund", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layering = ArchTests.in(ServiceLayering.class);
}
