/**
 * Notifications: the kernel and the modules publish them (types declared in descriptors); each
 * person sees them under the bell and gets them by mail as they chose per type: at once, in a
 * daily digest, or not at all. A disabled module's notifications stop and disappear.
 */
package al.rrjeti.kernel.notification;
