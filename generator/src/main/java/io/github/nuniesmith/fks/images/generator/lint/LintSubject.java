package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;

/**
 * One image as the lint engine sees it.
 *
 * @param image the model
 * @param definition how the definition names it: {@code tier ml}, {@code service ai} or {@code image x}
 * @param file its Dockerfile's path, relative to the output folder
 * @param dockerfile its rendered Dockerfile
 * @param policy the project's choices about base images
 * @param set the set it belongs to, whose policy says which rules apply
 * @param users the user each stage of the set runs as, for rules that look at a parent
 * @param contents what each stage of the set has for its Python, for rules that compare stages
 * @param names how the definitions name every image of the set, for rules that name another one
 */
record LintSubject(Image image, String definition, String file, RenderedDockerfile dockerfile, LintPolicy policy,
    ImageSet set, StageUsers users, StageContents contents, DefinitionNames names) {}
