/**
 * Anonymous reading at the speed of a static file: pages an anonymous reader gets are rendered once
 * per URL and language and served from memory until their module announces a change
 * ({@link al.rrjeti.kernel.api.PublicContentChanged}); no HTTP session is kept for readers; versioned
 * stylesheets and scripts are cached by browsers for a year.
 */
package al.rrjeti.kernel.web.cache;
