/**
 * Test-only stand-ins for the outside world: a fake AWS endpoint that speaks the real protocols,
 * a local OpenID Connect provider, and the demo application that starts them both; and the sample
 * inventory and wiring that the controller tests of every feature share.
 */
package io.imageinventory.dev;
