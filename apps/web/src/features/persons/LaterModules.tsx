import type { Person } from '@vardflata/contracts';
import { SipSection } from '../sip/SipSection';
// carecircle: care chains
import { InterventionsSection } from '../care-chain/InterventionsSection';
import { ReferralsSection } from '../care-chain/ReferralsSection';
import { CircleSection } from '../care-chain/CircleSection';
import { CasesSection } from '../care-chain/CasesSection';

/**
 * Where the later modules attach to the person overview: SIP (F3), with the person's SIPs
 * and "Föreslå SIP". Screening and assessment (F4) has its own section (ScreeningsSection).
 */
export function LaterModules({ person }: { person: Person }) {
  return (
    <>
      <SipSection person={person} />
      {/* carecircle: care chains */}
      <InterventionsSection person={person} />
      <ReferralsSection person={person} />
      <CircleSection person={person} />
      <CasesSection person={person} />
    </>
  );
}
