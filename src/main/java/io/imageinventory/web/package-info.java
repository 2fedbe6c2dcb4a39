/**
 * What people and scripts see: the pages, the JSON API and the CSV export.
 */
@NullMarked
package io.imageinventory.web;

import org.jspecify.annotations.NullMarked;
