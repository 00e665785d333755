/**
 * Campaigns: awareness campaigns with their activities calendar (registration, waiting list,
 * iCalendar), and joint positions that verified CSOs draft, version and co-sign before they go to
 * the institution they address.
 */
package al.rrjeti.campaigns;
