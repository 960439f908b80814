/** The shield mark used in the header and on the sign-in page. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="7" fill="#1d4f91" />
      <path d="M16 6l8 3v6c0 5-3.4 9.2-8 11-4.6-1.8-8-6-8-11V9z" fill="#fff" />
      <path d="M12.5 15.5l2.6 2.6 4.6-5" fill="none" stroke="#1d4f91" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
