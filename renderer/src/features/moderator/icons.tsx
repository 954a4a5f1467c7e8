/** Line icons of the console (24×24, currentColor); decorative: the buttons carry the names. */
function Icon({ d }: { d: string }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export const ArrowUpIcon = () => <Icon d="M12 19V5m-6 6 6-6 6 6" />;
export const ArrowDownIcon = () => <Icon d="M12 5v14m6-6-6 6-6-6" />;
export const CloseIcon = () => <Icon d="M6 6l12 12M18 6 6 18" />;
export const SkipIcon = () => <Icon d="M5 5l8 7-8 7V5Zm14 0v14" />;
export const AbsentIcon = () => <Icon d="M16 19v-1a4 4 0 0 0-4-4H8a4 4 0 0 0-4 4v1M10 10a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm8-2 4 4m0-4-4 4" />;
