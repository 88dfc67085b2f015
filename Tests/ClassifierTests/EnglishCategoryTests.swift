import Testing
import Lexicon
import Classifier

/// English per-category cases for the shipped lexicons (issue 3: per category and language at least
/// 10 firing cases and 5 negated or hypothetical non-firing cases).
///
/// Buyer's voice: Amazon seller feedback and product reviews about electronics, home goods, food and
/// apparel, written for these tests (not taken from shared/data). A firing case only asserts that its
/// category is among the result (others may fire too); a quiet case asserts that it is absent.
/// Quiet cases follow taxonomy.md: negated or hypothetical mentions, wishes and fears, praise that
/// names the topic ("arrived on time", "fits true to size"), and what the taxonomy excludes
/// ("I returned it" alone, a product that merely had no effect, a size the buyer chose wrongly).
@Suite struct EnglishCategoryTests {

    // MARK: - late_delivery

    static let lateDelivery = CategoryTable(fires: [
        "Paid for next day delivery and it arrived 4 days later.",  // number slots: paid for next day ** arrived <n> days later
        "The delivery date kept getting pushed back, the rice cooker showed up a week later",
        "Took 12 days to show up even with prime",
        "Groceries came two hours after the delivery window and the frozen peas had thawed",
        "Shipping took a long time, almost three weeks",
        "Package arrived 5 days late and the seller blamed the carrier.",
        "SHIPPING TOOK FOREVER!!! almost 3 weeks for a phone case",
        "The coffee maker works fine but delivery was super slow, it sat in a warehouse for a week",
        "Needed this for my daughters birthday and it came two days after the party, so pretty useless now",
        "Groceries were delivered 3 hours late and the ice cream was completely melted",
        "Took over two weeks to get here even though it said 2-day shipping",
        "dispatch was slow, the seller didnt ship it until a week after i ordered",
        "Delivery was delayed three times, finally got it after 2 weeks",
        "Item is fine. Shipping was slow tho.",
        "arrived way past the estimated delivery date, i had already bought one at walmart",
        "Pizza showed up an hour late and stone cold, the driver got lost",
        "still waiting for my order, its been 3 weeks and tracking hasnt updated",
        "Halloween costume arrived on November 3rd. Too late for the party, what a waste",
        "Good headphones but it took almost a month to ship from the seller",
        "Item arived late, missed my sons birthday",
        "My order hasn't shipped yet and it's been 10 days",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "Parcel sat in the depot for a week before anyone delivered it.",
        "Order was stuck in customs for 3 weeks.",
        "It was meant to arrive before Christmas but turned up in January.",
        "Took a fortnight to arrive, said 2-3 days.",
        "Arrived way after the date they promised.",
        "Shipping took way longer than they said.",
    ], quiet: [
        "Arrived before the estimated delivery date, well packed",
        "The paint took a long time to dry but looks great",
        "Arrived on time and well packed, no complaints.",
        "Not late at all, actually came a day early.",
        "If it arrives late again I will cancel my subscription.",
        "Hope the next one doesn't take forever to ship like the reviews say.",
        "Shipping was not slow at all, got it in 2 days",
        "I was worried it would be delayed because of the holidays but it came right on time",
        "Fast shipping, great seller, the blender is a beast.",
        "This seller is never late, third order and every one arrived early",
        "The seller shipped it right away, not delayed like the last one I ordered elsewhere",
        "Wore it to a party and after the party it still looked brand new",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "I was nervous it would be stuck in customs but it came in a week.",
        "Supposed to arrive Friday and it came on Thursday.",
    ])

    // MARK: - not_received

    static let notReceived = CategoryTable(fires: [
        "Tracking says delivered but I never got it. Checked with neighbors, nothing.",
        "NEVER RECEIVED MY ORDER AND SELLER WONT ANSWER",
        "Package was marked as delivered on Tuesday, it is not here, not at the mailroom, nowhere.",
        "My parcel got lost somewhere between the warehouse and my house",
        "The item was returned to sender for no reason, my address is correct",
        "Delivered to the wrong address, someone three streets over has my headphones",
        "it never showed up. 5 weeks now.",
        "Amazon shows delivered, the photo is of a door that is not mine",
        "Still havent got my package after a month, asked for a refund",
        "Order shows delivered but my mailbox was empty, someone must have stolen it",
        "Paid for 2 day shipping, it has been 10 days and I have not received anything",
        "The courier left it at the wrong house and nobody knows where it is now",
        "My order never made it to me, the seller keeps saying wait",
        "never recieved the vitamins, do not order from this seller",
        "I have not yet received my package, tracking is stuck in Ohio",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "Still haven't recieved the phone charger, tracking hasn't moved in 10 days.",
        "My parcel was delivered to a completely different address, the photo shows someone else's porch.",
        "The shipment was lost by FedEx.",
        "Tracking number doesn't even exist, I don't think this was ever shipped.",
        "Royal Mail lost the parcel, never turned up.",
    ], quiet: [
        "Received it quickly, everything in the box.",
        "Finally arrived after a long wait, worth it.",
        "If this never arrives I'm disputing the charge with my bank",
        "I was worried it got lost in the mail since tracking stopped, but it showed up at my door today",
        "Hopefully it doesn't get delivered to the wrong address like last time",
        "Arrived safe and sound, got it the day after ordering",
        "Not lost at all, tracking was just slow to update and it was on my porch",
        "Was afraid it was stolen from my porch but my neighbor had it",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "The return label never came and they won't refund me.",
        "Never lost signal with this router.",
        "Nothing was lost or broken, very happy.",
    ])

    // MARK: - damaged

    static let damaged = CategoryTable(fires: [
        "A dozen eggs and four of them were cracked when the grocery bag came",
        "The bag of cat litter was spilling everywhere when it got here",
        "Tablet arrived with a long scratch on the screen",
        "The mug was sent to me damaged, the handle snapped clean off",
        "Jacket arrived with a big tear across the back panel",
        "The mirror arrived cracked right down the middle",
        "Two of the six glasses were shattered when I opened the box",
        "Box was crushed and the lamp shade is bent out of shape",
        "ARRIVED BROKEN. Handle snapped clean off.",
        "The jar of honey leaked all over everything in the package",
        "The TV screen had a huge crack in it right out of the box",
        "Laptop has a big dent on the corner, clearly dropped in transit",
        "Cookies were smashed to crumbs",
        "Received my new phone with a cracked screen, really disappointed",
        "The shoe box was soaked and the suede boots inside had water damage",
        "Mug was in pieces when it got here, what a mess",
        "Chocolate arrived all melted and stuck to the wrapper",
        "Frame glass is chipped and the corner is busted",
        "Dented can of formula, I will not feed this to my baby",
        "the bottle of olive oil broke in shipping and soaked everything",
        "Table top came with deep scratches all over it",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "The book came with a torn cover and bent pages.",
        "The wardrobe panels were cracked in transit.",
        "The frame arrived with the glass cracked.",
        "The cat tree came with a broken platform.",
        "Dog food bag was ripped open and kibble was all over the box.",
        "The vase was cracked right out of the box.",  // other shops: cross-domain wording (session 7)
    ], quiet: [
        "The eggs were not broken at all, the store packs them really well",
        "Arrived with no tears or marks, well packed",
        "No damage at all, everything wrapped in bubble wrap",
        "Arrived in perfect condition even though the box looked rough",
        "Nothing was broken, even the glass ornaments survived",
        "I was scared the vase would arrive cracked but it was perfect",
        "Hope the next shipment isn't crushed like other reviewers said",
        "If it comes damaged I'll send it back, will update later",
        "The glasses were not chipped or cracked, great packing job",
        "Undamaged and intact, impressive for such a fragile lamp",
        "The screen was not cracked, it was just the protective film peeling",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "No leaks, no cracks, works perfectly.",
        "I was afraid it would arrive broken but it was fine.",
        "Not a mark on it, came double boxed.",
        "Came double boxed, nothing cracked.",  // other shops: cross-domain wording (session 7)
    ])

    // MARK: - poor_packaging

    static let poorPackaging = CategoryTable(fires: [
        "The vase came with no packaging at all, just a label on the store box",
        "Seal was missing on the jar of protein powder",
        "The retail box was beat up, embarrassing to give as a gift",
        "Poorly packaged, the glass bottle was just rolling around loose in a huge box",
        "Came in a flimsy paper envelope with zero padding",
        "The seal on the jar was broken when it arrived",
        "Package had clearly been opened and taped back up",
        "Books thrown loose in a bag, no box no bubble wrap",
        "the box was filthy and smelled like smoke",
        "The shoes were shipped with no shoebox, just a plastic mailer",
        "CHEAP PACKAGING, the sauce bottle wasn't even wrapped",
        "Packaging was a joke, one thin mailer for a ceramic bowl",
        "There was no protective wrapping at all around the monitor",
        "Tamper seal was already torn off on the vitamins",
        "The coffee bag was open when I got it, beans all over the box",
        "They just slapped a label on the product box, no outer box at all",
        "Lazy packaging, the knife set was tossed in a bag with nothing around it",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "Seal on the face cream was broken, looks like someone opened it before.",
        "The packaging was filthy and smelled like smoke.",
        "It came in a flimsy plastic bag with no box at all.",
        "The makeup palette came without any shrink wrap, looks tampered with.",
        "The product box was battered and ripped, looked like it had been through a war.",
        "They mailed a glass candle in a paper envelope.",  // other shops: cross-domain wording (session 7)
    ], quiet: [
        "Seal was intact and the box was pristine",
        "Very well packaged, double boxed with plenty of bubble wrap",
        "Packaging was great, not a single dent",
        "Packaging was not flimsy at all, sturdy box and lots of padding",
        "Hope it isn't poorly packed again like my last order from them",
        "If the box is flimsy it will get crushed, so I paid for the sturdier option",
        "Securely packed with the factory seal intact",
        "The seal was not broken and the box was clean",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "Packed like a fortress, the item inside was perfect.",
        "Well packaged and delivered on time.",
    ])

    // MARK: - wrong_item

    static let wrongItem = CategoryTable(fires: [
        "They sent me a totally different blender than the one in the listing",
        "Got someone elses order, a bag of dog food I never bought",
        "Received the EU plug instead of the one I picked at checkout",
        "Ordered the black one and got a bright pink one",
        "Received the wrong size, ordered a medium and they sent an XXL",
        "They sent me a 64GB card instead of the 256GB I paid for",
        "WRONG ITEM!!! this is a phone case not a screen protector",
        "Ordered vanilla and they sent chocolate, wrong flavor",
        "Item in the box is a completely different model than the one on the listing",
        "The shoes are two different sizes, left is an 8 and right is a 9",
        "Package had somebody else's order in it",
        "This is not the model I ordered, mine was supposed to have wifi",
        "they shipped me a kids size instead of adult",
        "Sent the wrong color, I picked navy and this is royal blue",
        "Label on the bag says decaf but it's regular, mislabeled",
        "received wrong book, different edition entirely",
        "I ordered the 12 pack of vanilla but received a box of chocolate",
        // A `**` gap crosses the comma.
        "Ordered a black medium, received a white large",
        "I ordered the queen size set, they sent a king",
        "Ordered the 6 quart model, but they sent the 3 quart one",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "Got a USB-A cable instead of the USB-C one I ordered.",
        "They sent the 2022 edition not the 2024 one.",
        "They sent the paperback when I paid for the hardback.",
        "Sent a completely different brand.",
        "Ordered the black one, got a navy one.",  // other shops: cross-domain wording (session 7)
    ], quiet: [
        "I ordered this last week and received it yesterday, lovely dress",  // stop phrase: and received it
        "I'm only 5'3\" so i ordered a small but i have a larger rear",       // 'i ordered a * but' is weak (0.5)
        "I ordered black but received it late",  // stop phrase: but received it (late, not wrong)
        "I ordered it on Monday, received a damaged box",
        "Ordered two, received a refund for one after a week",
        "I ordered a small, but it was way too big",
        "Ordered a black medium. Received it fast, love it",
        "I asked to exchange for a different color and the seller was quick about it",
        "Exactly what I ordered, right size and color",
        "Nothing wrong with it, works great",
        "I ordered the wrong size myself, seller was kind enough to exchange",
        "I was afraid they would send the wrong color but they got it right",
        "Hope they don't mix up my order again",
        "Not the wrong item like some reviews claim, I got exactly the right model",
        "If they send the wrong flavor again I'm done",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "I ordered the wrong size myself, my mistake.",
        "Spot on, exactly what I ordered.",
    ])

    // MARK: - missing_parts

    static let missingParts = CategoryTable(fires: [
        "My takeout order was missing my drink",
        "The lid was missing from the box of the slow cooker",
        "Grocery delivery arrived missing three items",
        "Missing screws so I couldn't assemble the shelf",
        "The charger was not included even though the listing shows it",
        "Only got 4 of the 6 glasses I paid for",
        "No instructions in the box and no way to figure out the wiring",
        "the remote was missing from the box",
        "Ordered a set of 4 chairs, only 3 arrived",
        "The free gift they advertised wasn't in the package",
        "Came without the power cord, had to buy one",
        "Kit is incomplete, one of the brackets is missing",
        "Bag of coffee said 2 lbs and it weighs 1.5, short weight",
        "didnt come with the batteries it said were included",
        "The earbuds were there but the charging case was not in the box",
        "Only half of my order was in the box, the rest is nowhere",
        "MISSING PARTS!! cant finish building the crib",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "The screws were missing so I couldn't assemble the desk.",
        "Missing hardware, half the bolts weren't there.",
        "Only 3 of the 4 chair legs were in the box.",
        "Ordered a pack of 12 and only got 10.",
        "No instruction manual in the box, had to guess how to set it up.",
        "Half of the cutlery set is missing.",
        "The lego set was missing pieces, my son couldn't finish it.",
        "Lid missing from the saucepan.",
        "Ordered 3 bags of cat litter, only 2 turned up.",
        "Box came completely empty, no earbuds inside at all",  // an empty box: the item is missing from the package (taxonomy: missing_parts)
    ], quiet: [
        "Nothing was missing from the order, all three items were in the bag",
        "I only got one wear out of these leggings before they pilled",
        "All parts included and the instructions were clear",
        "Nothing missing, counted every screw",
        "Everything was included, even extra screws",
        "I was worried a piece would be missing after reading reviews but everything was there",
        "If any parts are missing the seller says to message them",
        "No missing pieces at all, the puzzle was complete",
        "Not missing anything, all 12 jars arrived",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "The makeup palette came without any shrink wrap, looks tampered with.",
        "Hardware was all there and clearly labelled.",
        "Everything included, even spare screws.",
        "No missing pieces, assembly took 20 minutes.",
    ])

    // MARK: - out_of_stock

    static let outOfStock = CategoryTable(fires: [
        "Seller cancelled my order 3 days after I paid, said it was out of stock",
        "Order was canceled without any explanation",
        "They oversold the item and cancelled on me a week later",
        "Listed as in stock but it's been on backorder for a month",
        "My order got cancelled because they didnt have it",
        "Item went out of stock after I ordered, refunded but I needed it for a trip",
        "Ordered the 2 pack, got an email saying they ran out",
        "SELLER CANCELED THE ORDER",
        "Preordered in May, still no restock date and nobody can tell me anything",
        "Waited two weeks only to be told the item is unavailable",
        "Received an email that my order couldn't be fulfilled",
        "Seller never shipped, just cancelled the order a week later claiming stock issues",
        "Bought it on sale and then the seller cancelled cause the price was wrong",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "They took my money and then told me the item was no longer available.",
        "Waited 3 weeks only to be told it's out of stock.",
    ], quiet: [
        "The medium was out of stock in my size so I got the large, fits fine",
        "Back in stock finally and I grabbed two",
        "Hope this doesn't go out of stock, buying more",
        "I canceled the order myself because I found it cheaper",
        "Not out of stock like other sellers said, it shipped same day",
        "In stock and shipped immediately, no cancellation nonsense",
        "If they cancel my order I'll just buy it at the store",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "This colour is no longer available so I bought the grey one, love it.",
    ])

    // MARK: - defective

    static let defective = CategoryTable(fires: [
        "Phone battery drains fast, 40% gone by lunch",
        "Printer keeps jamming on every second page",
        "The earbuds died in a week",
        "The lip gloss was dried out when I opened it",
        "The seams started to rip after the second wash",
        "Two buttons popped off the first day I wore it",
        "Cute top but the stitching is poor and already coming undone",
        "The dye rubs off on my hands and my white sofa",
        "Terrible zipper, it jams every single time",
        "Stopped working after two weeks",
        "DOA. Would not even power on out of the box.",
        "The blender motor burned out the third time I used it",
        "Bluetooth keeps disconnecting every few minutes",
        "Milk was expired on arrival, the date was last month",
        "The bananas were rotten and the bread moldy",
        "Zipper broke the first time I wore the jacket",
        "Heel came off after wearing them twice",
        "cheap junk, fell apart in a week",
        "The chicken salad made my whole family sick",
        "The charger smells like burning plastic when plugged in",
        "Vacuum lost suction after a month",
        "The left earbud has no sound at all",
        "Screen flickers constantly and the touch is laggy",
        "Poor quality, the stitching unraveled after one wash",
        "the lid doesnt seal so the container leaks everywhere",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "Microwave started sparking on the third use.",
        "These batteries are dead, none of them work.",
        "The screen flickers constantly and the touch doesn't respond.",
        "Headphones crackle and the left side cuts out.",
        "Meat smelled off when I opened the pack.",
        "Phone case cracked after one drop, useless protection.",
        "The pages started falling out of the binding after one read.",
        "The mouse started double clicking on its own after two weeks.",  // other shops: cross-domain wording (session 7)
        "Bluetooth keeps cutting out every few minutes.",  // other shops: cross-domain wording (session 7)
    ], quiet: [
        "This lotion dried out my skin a little but it smells nice",
        "The print didn't work well on my figure, too busy for me",
        "Lovely color, but the style doesn't work on my short frame",
        "No loose threads, the stitching is neat",
        "Works great, no issues after 6 months",
        "Hasn't stopped working once, still going strong",
        "Hope it doesn't break like my last one",
        "If it stops working I'll update this review",
        "Not defective at all, I just didn't like the color",
        "Fresh, not stale, and the best by date is a year out",
        "No leaks, still works like new after a year",
        "The kettle was not defective, the outlet was switched off",
        "It had no effect on my sleep, just didn't work for me",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "It came in a flimsy plastic bag with no box at all.",
        "If the batteries are dead on arrival, contact the seller, they replace them.",
        "The heated blanket never overheats, very safe.",
        "In case it stops working, keep the receipt.",
        "The return label they emailed didn't work at first but the second one did.",  // other shops: cross-domain wording (session 7)
    ])

    // MARK: - not_as_described

    static let notAsDescribed = CategoryTable(fires: [
        "The description says solid wood, it's particle board with a sticker",  // audit 4 known issue; fixed by the lexicon (particle board)
        "Listing says 128GB, the phone has 64GB.",  // number slots: listing says <n> ** has <other>
        "Power bank capacity is nowhere near the 20000mAh advertised",
        // A claim and its contradiction in one sentence, across the contrast word.
        "Advertised as waterproof but it is not waterproof at all",
        "It was advertised as 100% cotton but it isn't",
        "The rug in no way resembles the product pictured",
        "Does not look anything like the photos, way cheaper looking",
        "The green is not as bright as pictured, more of an olive",
        "This is not the same lamp as shown on the website",
        "Looks nothing like the picture",
        "This is a FAKE, the logo is crooked and the serial doesn't exist",
        "Clearly used, there were fingerprints and a hair in it",
        "Sold as new but it was refurbished with someone's data still on it",
        "The color is way darker than the photos, it's basically brown not orange",
        "Not real leather, it's vinyl that's already peeling",
        "Way smaller than pictured, the rug is more like a bath mat",
        "Knockoff AirPods, the sound is tinny",
        "Claims 20000mAh but it barely charges my phone once, fake capacity",
        "RAM is 8GB, not 16GB, the specs don't match the listing",
        "Box had been opened and the shoes were obviously worn, dirt on the soles",
        "Came used with scratches and someone else's fingerprints, not new at all",
        "Color is completely different from the listing, it's mustard not lemon yellow",
        "The dress is a totally different material than described, thin polyester instead of linen",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "The listing said solid wood but it's particleboard.",
        "The picture shows a full set but you only get one piece.",
        "It's a reprint, not the hardcover first edition described.",
        "The \"leather\" is obviously plastic.",
        "Was supposed to be brand new but the box had been opened and the controller was clearly used.",  // other shops: cross-domain wording (session 7)
        "Listed as real leather, it's obviously plastic.",  // other shops: cross-domain wording (session 7)
    ], quiet: [
        "Advertised as soft but not scratchy at all, love it",
        "The speaker is nowhere near as loud as my old one but the bass is nice",
        "It was used as a centerpiece at our party and everyone loved it",
        "Exactly the same color as pictured, very happy",
        "Exactly as described and pictured",
        "Looks just like the picture, love it",
        "Not fake, I checked the serial number with the brand",
        "Even better in person than in the photos",
        "I was afraid it would be a knockoff but it's genuine",
        "If the color is different from the photo I'll return it",
        "Color is true to the photos, a deep emerald",
        "It was not fake, I verified the serial number on the brand's site",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "The listing says it's dishwasher safe and it really is, no fading.",
        "The description says soft and it's the softest blanket I own.",
        "The picture shows it in a living room and it looks just as good in mine.",
        "Exactly as pictured and brand new in the sealed box.",  // other shops: cross-domain wording (session 7)
    ])

    // MARK: - size_fit

    static let sizeFit = CategoryTable(fires: [
        "I ordered my usual medium and it was very small",
        "Sized down twice and it is still massive on me",
        "The coat is extremely oversized, even the xs",
        "Runs small, order a size up",
        "Way too tight in the shoulders",
        "These jeans are HUGE on me, had to return",
        "Sleeves are too long even after rolling them",
        "I usually wear a medium and this medium barely fits",
        "Shoes run a half size big, size down",
        "The waist is way too big and the legs are too short",
        "Couldn't zip it up, size chart is wrong",
        "Great dress but it runs large, I'd size down",
        "Fits like a tent",
        "Love these boots, very comfortable, just note they run narrow so wide feet go up half a size",
        "the XL fits more like a small, asian sizing",
        "Too small in the chest and too loose around the waist",
        "size 10 was way too snug, exchanged for a larger size",
        "Ordered my usual size and could barely get it over my hips",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "Dog harness was way too big for a medium dog even though I followed the size chart.",
        "The cover doesn't fit my mattress, it's too tight.",
        "The harness is much smaller than the size chart says.",  // other shops: cross-domain wording (session 7)
    ], quiet: [
        "Fits true to size, not oversized at all",
        "Fits true to size, I got my usual medium",
        "Perfect fit, love the length",
        "Not too big, not too small, just right",
        "I hope it's not too small, ordering a medium",
        "If it runs small I'll exchange it",
        "Doesn't run small like people said, my usual size was perfect",
        "Fits like a glove",
        "Worried they'd be too tight but they fit great",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "Had to return it because it was too big for my kitchen, refund was fast.",
        "I thought it might be too small but it fits my plant perfectly.",
    ])

    // MARK: - poor_service

    static let poorService = CategoryTable(fires: [
        "Seller never responded to my messages",
        "Customer service was rude and hung up on me",
        "Emailed them 4 times, no reply",
        "The seller promised a replacement and never sent it",
        "Completely ignored my complaint",
        "Delivery guy threw the box over the fence",
        "UNHELPFUL SELLER, kept blaming the carrier",
        "Support kept giving me copy-paste answers and never fixed anything",
        "I have messaged the seller three times and heard nothing back",
        "the seller was super condescending when I asked about the warranty",
        "Contacted support about the defect and they told me it was my fault",
        "Seller is unresponsive and the chat bot is useless",
        "Driver was rude and refused to bring it up to my apartment",
        "They promised a call back within 24 hours, never happened",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "The seller blocked me after I complained.",
        "Customer service kept me on hold for an hour and then hung up.",
        "Messaged the seller five times about the missing charger, nobody ever answered.",  // other shops: cross-domain wording (session 7)
        "They promised to send a replacement and never did.",  // other shops: cross-domain wording (session 7)
        "Seller said it was not their problem and to contact the courier.",  // other shops: cross-domain wording (session 7)
        "Called support twice, no one responds, just hold music.",  // other shops: cross-domain wording (session 7)
    ], quiet: [
        "I have promised myself to never buy this brand again, it pills so fast",
        "Seller responded quickly and sorted it out",
        "Customer service was not rude at all, very patient",
        "Not unhelpful, they just couldn't do anything about the carrier",
        "I hope the seller responds to my message",
        "If nobody answers I'll leave a one star review",
        "Never had a problem with this seller, always quick to answer",
        "Zero communication issues, they messaged me when it shipped",
        "The seller was not unhelpful, just slow because of the holidays",
        "I heard nothing but good things about this seller and they lived up to it",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "The screen flickers constantly and the touch doesn't respond.",
        "Seller was super responsive and friendly.",
        "The seller answered within an hour and sorted it out.",  // other shops: cross-domain wording (session 7)
    ])

    // MARK: - refund_return

    static let refundReturn = CategoryTable(fires: [
        "Seller wont give me a refund for the leaking humidifier",
        "Sent it back a month ago and I still haven't gotten my money back",
        "Seller refused to refund me even though it arrived broken",
        "Returned it 3 weeks ago and still no refund",
        "I was charged twice for the same order",
        "They want me to pay return shipping on a defective item",
        "Requested a refund 10 days ago, nothing",
        "Warranty claim was denied because I supposedly misused it",
        "PLEASE REFUND MY MONEY",
        "Return process was a nightmare, three labels and no refund",
        "The seller only offered a 20% partial refund for a broken heater",
        "I want my money back, this thing is garbage",
        "Still haven't gotten my refund after sending it back a month ago",
        "Seller won't accept the return even though it's within 30 days",
        "Charged me full price even though the coupon was applied",
        "They deducted a restocking fee from my refund for an item that arrived damaged",
        "Been waiting on my refund for weeks",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "They still haven't refunded me after I sent it back.",
        "Seller keeps refusing to accept the return.",
        "Charged me for an item I never ordered.",
        "Returning this was a nightmare, they wanted me to pay for shipping back to China.",
        "Never arrived and the seller will not give me a refund.",
        "They want me to pay £15 to return a faulty item.",
        "The seller offered a 10% refund instead of a full one for a broken item.",
        "Had to file an A-to-z claim to get my money back.",
        "Paid for express shipping, it came late, I want my shipping fee back.",  // other shops: cross-domain wording (session 7)
    ], quiet: [
        "Got my money back within a day, easy return",
        "Returned it, no problem, refund came in two days",
        "Refund was fast and easy",
        "No hassle return, got my money back right away",
        "If it breaks I'll ask for a refund",
        "Hope I don't have to return it",
        "I sent it back for a different size and the exchange was smooth",
        "Was not charged twice, the second charge was just a pending hold that dropped off",
        "Returned the jacket, didn't suit me",
        // cross-domain cases (lex-en): electronics, home, grocery, books, pets, marketplace
        "The refund was quick once I sent it back.",
        "If it breaks I'll ask for a refund.",
        "The refund showed up on my card two days later, painless.",  // other shops: cross-domain wording (session 7)
    ])

    // MARK: - Cases that need a classifier change

    /// A claim and what contradicts it ("advertised as waterproof … not waterproof", "description
    /// says solid wood, it's particle board") can only be recognized by comparing the two halves,
    /// which no phrase can express; a lexicon entry for either half alone is too weak or too common
    /// in neutral text to fire on its own.
    struct KnownIssue: Sendable, CustomTestStringConvertible {
        let category: String
        let fires: Bool
        let text: String
        let reason: String
        var testDescription: String { "\(category) \(fires ? "fires" : "quiet"): \(text)" }
    }

    static let knownIssues: [KnownIssue] = [
        KnownIssue(category: "wrong_item", fires: true,
                   text: "Ordered the iPhone 14 case and received one for the iPhone 12.",
                   reason: "what was ordered and what came differ only in a model number; 'ordered ** received' without a contrast word is too common in neutral text"),
        KnownIssue(category: "damaged", fires: true,
                   text: "The lamp was broken because it was just thrown in a bag with no padding.",
                   reason: "'was broken' is defect or transit damage; only the packaging blame makes it damaged, which no phrase can express"),
        KnownIssue(category: "wrong_item", fires: true,
                   text: "Ordered puppy food, got senior food.",
                   reason: "'ordered ** got' across a comma would fire on 'ordered Monday, got it Tuesday'; needs comparing the two noun phrases"),
    ]

    /// Phrases match across a contrast word inside one sentence (`ordered * but got`): contrast
    /// words open a clause for negation and sentiment, but only punctuation bounds a phrase.
    @Test("phrases span a contrast word", arguments: [
        ("wrong_item", "I ordered black but got white"),
        ("poor_service", "They promised to send a replacement but never did"),
    ])
    func acrossContrast(category: String, text: String) {
        expect(category, fires: true, text)
    }

    @Test("cases that need a classifier change", arguments: knownIssues)
    func knownIssue(_ c: KnownIssue) {
        withKnownIssue(Comment(rawValue: c.reason)) {
            expect(c.category, fires: c.fires, c.text)
        }
    }

    // MARK: - Tests

    static let all: [(String, CategoryTable)] = [
        ("late_delivery", lateDelivery), ("not_received", notReceived), ("damaged", damaged),
        ("poor_packaging", poorPackaging), ("wrong_item", wrongItem), ("missing_parts", missingParts),
        ("out_of_stock", outOfStock), ("defective", defective), ("not_as_described", notAsDescribed),
        ("size_fit", sizeFit), ("poor_service", poorService), ("refund_return", refundReturn),
    ]

    @Test("every category has at least 12 firing and 6 quiet cases", arguments: all.map(\.0))
    func tableSizes(category: String) throws {
        let table = try #require(Self.all.first { $0.0 == category }?.1)
        #expect(table.fires.count >= 12)
        #expect(table.quiet.count >= 6)
        #expect(Support.shipped.categories.contains { $0.id == category })
    }


    @Test("late_delivery fires", arguments: lateDelivery.fires)
    func lateDeliveryFires(_ text: String) { expect("late_delivery", fires: true, text) }
    @Test("late_delivery stays quiet", arguments: lateDelivery.quiet)
    func lateDeliveryQuiet(_ text: String) { expect("late_delivery", fires: false, text) }

    @Test("not_received fires", arguments: notReceived.fires)
    func notReceivedFires(_ text: String) { expect("not_received", fires: true, text) }
    @Test("not_received stays quiet", arguments: notReceived.quiet)
    func notReceivedQuiet(_ text: String) { expect("not_received", fires: false, text) }

    @Test("damaged fires", arguments: damaged.fires)
    func damagedFires(_ text: String) { expect("damaged", fires: true, text) }
    @Test("damaged stays quiet", arguments: damaged.quiet)
    func damagedQuiet(_ text: String) { expect("damaged", fires: false, text) }

    @Test("poor_packaging fires", arguments: poorPackaging.fires)
    func poorPackagingFires(_ text: String) { expect("poor_packaging", fires: true, text) }
    @Test("poor_packaging stays quiet", arguments: poorPackaging.quiet)
    func poorPackagingQuiet(_ text: String) { expect("poor_packaging", fires: false, text) }

    @Test("wrong_item fires", arguments: wrongItem.fires)
    func wrongItemFires(_ text: String) { expect("wrong_item", fires: true, text) }
    @Test("wrong_item stays quiet", arguments: wrongItem.quiet)
    func wrongItemQuiet(_ text: String) { expect("wrong_item", fires: false, text) }

    @Test("missing_parts fires", arguments: missingParts.fires)
    func missingPartsFires(_ text: String) { expect("missing_parts", fires: true, text) }
    @Test("missing_parts stays quiet", arguments: missingParts.quiet)
    func missingPartsQuiet(_ text: String) { expect("missing_parts", fires: false, text) }

    @Test("out_of_stock fires", arguments: outOfStock.fires)
    func outOfStockFires(_ text: String) { expect("out_of_stock", fires: true, text) }
    @Test("out_of_stock stays quiet", arguments: outOfStock.quiet)
    func outOfStockQuiet(_ text: String) { expect("out_of_stock", fires: false, text) }

    @Test("defective fires", arguments: defective.fires)
    func defectiveFires(_ text: String) { expect("defective", fires: true, text) }
    @Test("defective stays quiet", arguments: defective.quiet)
    func defectiveQuiet(_ text: String) { expect("defective", fires: false, text) }

    @Test("not_as_described fires", arguments: notAsDescribed.fires)
    func notAsDescribedFires(_ text: String) { expect("not_as_described", fires: true, text) }
    @Test("not_as_described stays quiet", arguments: notAsDescribed.quiet)
    func notAsDescribedQuiet(_ text: String) { expect("not_as_described", fires: false, text) }

    @Test("size_fit fires", arguments: sizeFit.fires)
    func sizeFitFires(_ text: String) { expect("size_fit", fires: true, text) }
    @Test("size_fit stays quiet", arguments: sizeFit.quiet)
    func sizeFitQuiet(_ text: String) { expect("size_fit", fires: false, text) }

    @Test("poor_service fires", arguments: poorService.fires)
    func poorServiceFires(_ text: String) { expect("poor_service", fires: true, text) }
    @Test("poor_service stays quiet", arguments: poorService.quiet)
    func poorServiceQuiet(_ text: String) { expect("poor_service", fires: false, text) }

    @Test("refund_return fires", arguments: refundReturn.fires)
    func refundReturnFires(_ text: String) { expect("refund_return", fires: true, text) }
    @Test("refund_return stays quiet", arguments: refundReturn.quiet)
    func refundReturnQuiet(_ text: String) { expect("refund_return", fires: false, text) }
}
