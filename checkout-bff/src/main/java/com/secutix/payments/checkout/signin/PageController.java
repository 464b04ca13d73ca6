package com.secutix.payments.checkout.signin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * A controller of pages for people (HTML, our own forms): its model carries the CSRF token ({@link CsrfTokenOnPages}).
 * The JSON APIs' {@code @RestController}s are not pages, so they skip that model work on every request.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {
}
