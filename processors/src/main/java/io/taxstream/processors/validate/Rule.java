package io.taxstream.processors.validate;

import io.taxstream.processors.extract.Extraction;
import java.util.List;

/** One validation rule of a document type; silent when the values it needs are absent. */
@FunctionalInterface
public interface Rule {

    List<Issue> check(Extraction extraction);
}
