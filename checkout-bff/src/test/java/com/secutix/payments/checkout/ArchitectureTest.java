package com.secutix.payments.checkout;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.secutix.payments.checkout.signin.PageController;
import com.secutix.payments.testsupport.architecture.ServiceLayering;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** style.md's layering rules, shared by every service, and the BFF's own. */
@AnalyzeClasses(packages = "com.secutix.payments.checkout", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layering = ArchTests.in(ServiceLayering.class);

    /** A page's forms need the CSRF token, which only page controllers put in the model (CsrfTokenOnPages). */
    @ArchTest
    static final ArchRule every_controller_is_a_json_api_or_a_page_controller = classes()
            .that().areMetaAnnotatedWith(Controller.class).and().areNotAnnotations()
            .should().beMetaAnnotatedWith(RestController.class)
            .orShould().beAnnotatedWith(PageController.class);
}
