package org.nianbao.convert.pdf;

import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.util.Matrix;

/**
 * A path construction or painting operator ({@code m l re S f n} …) handed to a {@link PathRecorder}
 * with its numeric operands and the current transformation matrix. An operator with too few or
 * non-numeric operands draws nothing in any viewer, so it is skipped here too.
 */
final class PathOperator extends OperatorProcessor {

    /** What the operator does with the matrix and its operands. */
    @FunctionalInterface
    interface Action {
        void apply(Matrix ctm, float[] operands);
    }

    private final String name;
    private final int arity;
    private final Action action;

    PathOperator(PDFStreamEngine engine, String name, int arity, Action action) {
        super(engine);
        this.name = name;
        this.arity = arity;
        this.action = action;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
        if (operands.size() < arity) {
            return;
        }
        float[] values = new float[arity];
        for (int i = 0; i < arity; i++) {
            if (!(operands.get(i) instanceof COSNumber number)) {
                return;
            }
            values[i] = number.floatValue();
        }
        action.apply(getContext().getGraphicsState().getCurrentTransformationMatrix(), values);
    }

    @Override
    public String getName() {
        return name;
    }
}
