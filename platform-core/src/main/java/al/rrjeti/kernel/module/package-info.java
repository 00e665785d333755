/**
 * The module registry: discovery of {@link al.rrjeti.kernel.spi.PlatformModule} beans,
 * resolution of their requirements, their enabled/disabled state in the database, their
 * migrations and seed content, and the gate that hides an inactive module everywhere.
 */
package al.rrjeti.kernel.module;
