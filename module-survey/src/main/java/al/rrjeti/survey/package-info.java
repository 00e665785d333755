/**
 * The public-perception space: a scorecard where citizens rate the anti-corruption measures being
 * taken, and perception surveys answered anonymously. A plug-in module: it uses the kernel's
 * published surface only, and keeps aggregates, never who said what.
 */
package al.rrjeti.survey;
