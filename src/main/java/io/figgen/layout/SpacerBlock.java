package io.figgen.layout;

import io.figgen.model.Box;

/** Empty room in a row, keeping a narrow group of boxes where the sketch put it. */
final class SpacerBlock extends Block {
    @Override
    double height(Ctx ctx, double width) {
        return 0;
    }

    @Override
    void draw(Ctx ctx, Canvas out, Box area) {
    }
}
