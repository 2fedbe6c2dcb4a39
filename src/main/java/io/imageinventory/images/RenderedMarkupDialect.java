package io.imageinventory.images;

import java.util.Set;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.stereotype.Component;

/**
 * {@code ii:rendered="${results}"} replaces its element with {@link RenderedMarkup}: markup rendered
 * before, such as the results of a view of {@code /images} kept for the snapshot. It takes nothing else,
 * so no other text reaches a page unescaped: unlike Thymeleaf's unescaped-text attribute, it cannot print a string.
 */
@Component
class RenderedMarkupDialect extends AbstractProcessorDialect {

    RenderedMarkupDialect() {
        super("Rendered markup", "ii", 1000);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new InsertProcessor(dialectPrefix));
    }

    private static final class InsertProcessor extends AbstractAttributeTagProcessor {

        InsertProcessor(String dialectPrefix) {
            super(TemplateMode.HTML, dialectPrefix, null, false, "rendered", true, 1000, true);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                String attributeValue, IElementTagStructureHandler structureHandler) {
            Object value = StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, attributeValue)
                    .execute(context);
            if (!(value instanceof RenderedMarkup markup)) {
                throw new IllegalStateException(attributeValue + " is not RenderedMarkup but " + value);
            }
            structureHandler.replaceWith(markup.html(), false);
        }

    }

}
