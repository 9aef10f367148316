// A plan whose every name is trouble for a file format: markup, entities, CDATA ends, quotes,
// characters XML forbids, astral-plane text and placeholders some tools would substitute.
import { plan } from '../../model/builder.ts';
import type { Plan } from '../../model/schema.ts';

export function hostilePlan(): Plan {
  return plan('<b>Bold</b> & "quoted" \'plan\' ]]> %name%')
    .site('hq', 'ad-site', 'Site <script>alert(1)</script> & co')
    .server('EX<01>', ['Mailbox', 'ClientAccess', 'HubTransport'])
    .server('EX&amp;02 "q" \u0001', ['Mailbox'], { id: 'ex&02' })
    .gc('DC ]]> 🙂')
    .perimeter('dmz', "Perimeter 'single' %roles%")
    .server('EDGE<!-- x -->', ['EdgeTransport'], { site: 'dmz' })
    .link('edge-subscription', 'edge<!-- x -->', 'hq')
    .build();
}
