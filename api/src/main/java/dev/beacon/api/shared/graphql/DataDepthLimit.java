package dev.beacon.api.shared.graphql;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Caps how deep a query reaches into the data ({@value #MAX_DEPTH} fields), measuring introspection apart: the
 * standard introspection query nests {@code ofType} eight levels deep, and graphql-java already bounds introspection
 * on its own ("good faith introspection"), so {@code __schema} and {@code __type} subtrees do not count here. Replaces
 * SmallRye's {@code instrumentation-query-depth}, which counted both and refused every GraphQL tool's first query.
 */
@ApplicationScoped
public class DataDepthLimit {

    public static final int MAX_DEPTH = 8;

    /** Added to SmallRye's chain of instrumentations (complexity, query cache), which the builder does not expose. */
    void install(@Observes GraphQL.Builder builder) {
        List<Instrumentation> chain = new ArrayList<>();
        Instrumentation existing = existing(builder);
        if (existing != null) {
            chain.add(existing);
        }
        chain.add(new Check());
        builder.instrumentation(new ChainedInstrumentation(chain));
    }

    private static Instrumentation existing(GraphQL.Builder builder) {
        try {
            Field field = GraphQL.Builder.class.getDeclaredField("instrumentation");
            field.setAccessible(true);
            return (Instrumentation) field.get(builder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "graphql-java changed: cannot add the depth limit to its instrumentation", e);
        }
    }

    static final class Check extends SimplePerformantInstrumentation {

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            ExecutionContext context = parameters.getExecutionContext();
            QueryTraverser traverser = QueryTraverser.newQueryTraverser()
                    .schema(context.getGraphQLSchema())
                    .document(context.getDocument())
                    .operationName(context.getExecutionInput().getOperationName())
                    .coercedVariables(context.getCoercedVariables())
                    .build();
            int depth = traverser.reducePreOrder((field, deepest) -> Math.max(deepest, dataDepth(field)), 0);
            if (depth > MAX_DEPTH) {
                throw new AbortExecutionException("maximum query depth exceeded " + depth + " > " + MAX_DEPTH);
            }
            return SimpleInstrumentationContext.noOp();
        }

        /** How many fields deep this one is, or 0 inside introspection. */
        private static int dataDepth(QueryVisitorFieldEnvironment field) {
            int depth = 0;
            for (QueryVisitorFieldEnvironment at = field; at != null; at = at.getParentEnvironment()) {
                if (at.getField().getName().startsWith("__")) {
                    return 0;
                }
                depth++;
            }
            return depth;
        }
    }
}
