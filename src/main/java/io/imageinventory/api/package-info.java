/**
 * The description of the JSON API ({@code /v3/api-docs}, the Swagger UI), over the routes each feature
 * serves under {@code /api/}: what each operation, parameter and field means.
 */
@NullMarked
package io.imageinventory.api;

import org.jspecify.annotations.NullMarked;
