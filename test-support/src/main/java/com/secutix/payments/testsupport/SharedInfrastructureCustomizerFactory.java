package com.secutix.payments.testsupport;

import java.util.List;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Declared by {@link PlatformIntegrationTest}; applies only to tests that carry it. */
public final class SharedInfrastructureCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, PlatformIntegrationTest.class)
                ? new SharedInfrastructureCustomizer()
                : null;
    }
}
